import { Text } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { NoticeProps } from './components/NoticeBar';

// Fluent's MessageBar and its motion library are not on the first screen: the text shows at once,
// in its bar as soon as the chunk is there.
const NoticeBar = lazy(() => import(/* webpackChunkName: "notice" */ './components/NoticeBar'));

export function Notice(props: NoticeProps) {
  return (
    <Suspense fallback={<Text role={props.role}>{props.text}</Text>}>
      <NoticeBar {...props} />
    </Suspense>
  );
}
