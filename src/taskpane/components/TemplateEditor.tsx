import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { RefObject, useRef } from 'react';

const LINE = 18;

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    height: '280px',
    overflow: 'hidden',
  },
  invalid: { border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  gutter: {
    overflow: 'hidden',
    flexShrink: 0,
    textAlign: 'right',
    padding: `6px ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: '12px',
    lineHeight: `${LINE}px`,
    userSelect: 'none',
  },
  errorLine: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  text: {
    flexGrow: 1,
    border: 'none',
    outline: 'none',
    resize: 'none',
    padding: '6px',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: '12px',
    lineHeight: `${LINE}px`,
    whiteSpace: 'pre',
    overflow: 'auto',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
  },
});

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** 1-based lines with an error. */
  errorLines: number[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  describedBy?: string;
}

/** A plain-text template editor with line numbers; lines with an error are marked in the gutter. */
export function TemplateEditor({ id, value, onChange, errorLines, textareaRef, describedBy }: Props) {
  const styles = useStyles();
  const gutter = useRef<HTMLDivElement>(null);
  const count = value.split('\n').length;
  const errors = new Set(errorLines);
  return (
    <div className={mergeClasses(styles.frame, errors.size > 0 && styles.invalid)}>
      <div ref={gutter} className={styles.gutter} aria-hidden="true" data-testid="line-numbers">
        {Array.from({ length: count }, (_, i) => (
          <div key={i} className={errors.has(i + 1) ? styles.errorLine : undefined} data-error={errors.has(i + 1) || undefined}>
            {errors.has(i + 1) ? `⚠ ${i + 1}` : i + 1}
          </div>
        ))}
      </div>
      <textarea
        data-code
        id={id}
        ref={textareaRef}
        className={styles.text}
        value={value}
        spellCheck={false}
        wrap="off"
        aria-invalid={errors.size > 0}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}

/** Selects a line of the editor and scrolls it into view. */
export function selectLine(textarea: HTMLTextAreaElement, line: number): void {
  const lines = textarea.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  textarea.focus();
  textarea.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  textarea.scrollTop = Math.max(0, (line - 3) * LINE);
}
