import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export interface NoticeProps {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
  role?: 'status';
}

export default function NoticeBar({ intent, text, role }: NoticeProps) {
  return (
    <MessageBar intent={intent} role={role} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
