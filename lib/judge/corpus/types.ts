import type { AckKind, ReplyKind, SensitiveTopic } from '../types';

/**
 * One labelled message. Absent labels mean "no": not an acknowledgement, no sensitive topic,
 * no reply needed, not urgent. `hard` marks a near miss or hard negative (a look-alike of a
 * positive that must not be judged as one, or a positive that is easy to miss).
 */
export interface CorpusEntry {
  text: string;
  ack?: AckKind;
  sensitive?: SensitiveTopic[];
  reply?: ReplyKind;
  urgent?: boolean;
  hard?: boolean;
}
