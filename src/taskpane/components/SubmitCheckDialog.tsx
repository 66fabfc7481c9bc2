import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { Finding } from '../../core/findings';
import { openErrors, openErrorsSentence, reportCheck } from '../../core/messages/report-check';
import { Lang } from '../../core/status';

interface Props {
  lang: Lang;
  findings: Finding[];
  open: boolean;
  onCancel: () => void;
  onGoToFirst: (f: Finding) => void;
  /** Generate anyway; with the "open issues" appendix when the officer chose it. */
  onGenerate: (withAppendix: boolean) => void;
}

/** The check before submission: the open errors in one sentence, the way to the first, or the report anyway. */
export function SubmitCheckDialog({ lang, findings, open, onCancel, onGoToFirst, onGenerate }: Props) {
  const [appendix, setAppendix] = useState(false);
  const first = openErrors(findings).first;
  const t = (k: Parameters<typeof reportCheck>[1]) => reportCheck(lang, k);
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="submit-check-text">
        <DialogBody>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogContent>
            <p id="submit-check-text">{openErrorsSentence(lang, findings)}</p>
            <Checkbox checked={appendix} onChange={(_, d) => setAppendix(!!d.checked)} label={t('appendix_choice')} />
          </DialogContent>
          <DialogActions fluid style={{ flexWrap: 'wrap' }}>
            {first && (
              <Button appearance="primary" onClick={() => onGoToFirst(first)}>
                {t('go_first')}
              </Button>
            )}
            <Button onClick={() => onGenerate(appendix)}>{t('generate_anyway')}</Button>
            <Button appearance="subtle" onClick={onCancel}>
              {t('cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
