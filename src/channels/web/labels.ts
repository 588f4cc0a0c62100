import type { Recurrence } from "../../obligations/deadline.ts";
import type { TaskView } from "../../obligations/task-list.ts";

/**
 * What officers read instead of the codes the database and the JSON contracts keep: statuses, outcomes, queue
 * states, cadences, channels, roles and the evaluation's metric keys, in Vietnamese.
 */
export const TASK_STATUS: Record<TaskView["status"], string> = {
  open: "trong hạn",
  in_progress: "đang thực hiện",
  overdue: "quá hạn",
  done: "đã xong",
};

/** Statuses as stored (audit rows): "open" means not finished, whether or not the deadline has passed. */
const STORED_STATUS: Record<string, string> = {
  open: "chưa xong",
  in_progress: "đang thực hiện",
  done: "đã xong",
};
export const statusLabel = (status: string | null | undefined): string =>
  status ? (STORED_STATUS[status] ?? status) : "";

export const OUTCOME: Record<NonNullable<TaskView["outcome"]>, string> = {
  on_time: "đúng hạn",
  late: "quá hạn",
};

export const RECURRENCE: Record<Recurrence, string> = {
  yearly: "hằng năm",
  quarterly: "hằng quý",
  monthly: "hằng tháng",
  periodic: "định kỳ",
};

export const OUTBOX_STATUS: Record<string, string> = {
  pending: "chờ gửi",
  sending: "đang gửi",
  sent: "đã gửi",
  dead: "lỗi, ngừng gửi",
};

export const PLATFORM: Record<string, string> = { telegram: "Telegram", zalo: "Zalo", web: "Trang web" };

export const ROLE: Record<string, string> = {
  officer: "cán bộ",
  head: "trưởng đơn vị",
  admin: "quản trị",
};

/** The evaluation's figures by their key in `eval/results/latest.json`; unknown keys are shown as they are. */
export const METRIC: Record<string, string> = {
  questions: "Số câu hỏi",
  inCorpus: "Câu hỏi có trong văn bản",
  outOfCorpus: "Câu hỏi phải từ chối",
  recallAt1: "Recall@1 (đoạn đúng đứng đầu)",
  recallAt3: "Recall@3 (đoạn đúng trong 3 đoạn đầu)",
  recallAt5: "Recall@5 (đoạn đúng trong 5 đoạn đầu)",
  mrr: "MRR (thứ hạng trung bình nghịch đảo)",
  citationHitRate: "Trích dẫn đúng (đoạn đúng trong 3 trích dẫn đầu)",
  factAccuracy: "Độ chính xác dữ kiện",
  refusalPrecision: "Từ chối đúng / số lần từ chối",
  refusalRecall: "Câu phải từ chối đã được từ chối",
  falseRefusalRate: "Tỷ lệ từ chối nhầm",
  citationPrecision: "Độ chính xác trích dẫn",
  citationRecall: "Độ đầy đủ trích dẫn",
  unsupportedRate: "Tỷ lệ câu không có căn cứ",
  nearMissQuestions: "Câu hỏi gần đúng (phải từ chối)",
  nearMissRefusalRate: "Câu gần đúng đã từ chối hoặc báo “không nêu”",
  noTopicQuestions: "Câu hỏi thiếu chủ đề",
  noTopicClarifyRate: "Câu thiếu chủ đề đã hỏi lại",
  latencyP50Ms: "Thời gian trả lời p50 (ms)",
  latencyP95Ms: "Thời gian trả lời p95 (ms)",
  gold: "Nghĩa vụ chuẩn",
  extracted: "Nghĩa vụ trích được",
  matched: "Nghĩa vụ khớp",
  precision: "Độ chính xác nghĩa vụ",
  recall: "Độ đầy đủ nghĩa vụ",
  f1: "F1 nghĩa vụ",
  deadlineAccuracy: "Độ chính xác thời hạn",
  obligationPrecision: "Độ chính xác nghĩa vụ",
  obligationRecall: "Độ đầy đủ nghĩa vụ",
  obligationF1: "F1 nghĩa vụ",
  ingestErrors: "Tệp nạp lỗi",
  ingestPassagesPerSecond: "Tốc độ nạp (đoạn/giây)",
};

/** The evaluation's sets by their key in `latest.json`. */
export const EVAL_SET: Record<string, string> = {
  seeds: "Bộ mẫu (đã dùng để xây dựng)",
  devTune: "Bộ phát triển – phần chỉnh",
  devHeldout: "Bộ phát triển – phần giữ lại (khách quan)",
};

export const metricLabel = (key: string): string => METRIC[key] ?? key;
