import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ReferenceItem, editor, referenceItems } from '../../core/messages/editor';
import { Lang } from '../../core/status';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: '180px', flex: '1 1 180px', paddingTop: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', padding: `${tokens.spacingVerticalXS} 0` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', padding: `2px ${tokens.spacingHorizontalXS}`, minWidth: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: '11px', whiteSpace: 'pre-wrap', wordBreak: 'break-all', display: 'block' },
  example: { color: tokens.colorNeutralForeground3, fontSize: '11px', display: 'block' },
});

/**
 * The template language at a glance (folded until opened), each item with its example, filled from
 * the plan where it can be; a click inserts the item at the editor's cursor.
 */
export function TemplateReference({ lang, examples, onInsert }: { lang: Lang; examples: Record<string, string>; onInsert: (code: string) => void }) {
  const styles = useStyles();
  const { variables, filters } = referenceItems(lang);
  const list = (title: string, items: ReferenceItem[]) => (
    <>
      <Text weight="semibold" size={200}>
        {title}
      </Text>
      <ul className={styles.list} aria-label={title}>
        {items.map((item) => (
          <li key={item.code}>
            <Button appearance="subtle" className={styles.item} aria-label={editor(lang, 'insert_item', { code: item.code })} onClick={() => onInsert(item.code)}>
              <span>
                <code className={styles.code}>{item.code}</code>
                <span className={styles.example}>→ {examples[item.code] ?? item.example}</span>
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <aside className={styles.root} aria-label={editor(lang, 'reference')}>
      <details>
        <summary className={styles.summary}>
          <Text weight="semibold">{editor(lang, 'reference')}</Text>
        </summary>
        <Text size={200} block>
          {editor(lang, 'reference_help')}
        </Text>
        {list(editor(lang, 'variables'), variables)}
        {list(editor(lang, 'filters'), filters)}
      </details>
    </aside>
  );
}
