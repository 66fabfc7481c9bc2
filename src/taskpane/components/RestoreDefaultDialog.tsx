import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { editor } from '../../core/messages/editor';
import { Lang } from '../../core/status';
import { lineDiff } from './line-diff';

const useStyles = makeStyles({
  diff: { fontFamily: tokens.fontFamilyMonospace, fontSize: '11px', maxHeight: '50vh', overflow: 'auto', margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  removed: { backgroundColor: tokens.colorPaletteRedBackground2 },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2 },
});

interface Props {
  lang: Lang;
  open: boolean;
  current: string;
  fallback: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Shows what restoring the default template would change, and restores it only when confirmed. */
export function RestoreDefaultDialog({ lang, open, current, fallback, onConfirm, onCancel }: Props) {
  const styles = useStyles();
  const changes = lineDiff(current, fallback).filter((l) => l.kind !== 'same');
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{editor(lang, 'restore_title')}</DialogTitle>
          <DialogContent>
            {changes.length === 0 ? (
              <Text>{editor(lang, 'restore_same')}</Text>
            ) : (
              <>
                <Text block>{editor(lang, 'restore_intro')}</Text>
                <pre className={styles.diff} data-testid="restore-diff">
                  {changes.map((l, i) => (
                    <div key={i} className={l.kind === 'removed' ? styles.removed : styles.added}>
                      {l.kind === 'removed' ? '− ' : '+ '}
                      {l.text}
                    </div>
                  ))}
                </pre>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {editor(lang, 'restore_confirm')}
            </Button>
            <Button onClick={onCancel}>{editor(lang, 'restore_cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
