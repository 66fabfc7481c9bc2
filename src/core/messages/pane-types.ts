/** A finding group's heading and the one line on what to do about it. */
export type GroupText = [title: string, hint: string];
