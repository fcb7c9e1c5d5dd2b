/**
 * The figures a 总结 states about petitions (信访) and disputes (矛盾纠纷).
 * They are typed in a record, or counted from registers (台账); either way a
 * summary's statistics passage and dispute list are written from these.
 */

export interface PetitionFigures {
  /** 来信 */
  letters?: number;
  /** 来访 */
  visits?: number;
  /** 网上信访 */
  online?: number;
  /** 电话 */
  phone?: number;
  /** 受理 (= 来信 + 来访 + 网上 + 电话 when all parts are given) */
  accepted?: number;
  /** 办理 */
  handled?: number;
  /** 办结 */
  closed?: number;
  /** 上级交办件 */
  assigned?: number;
  /** 上级交办件 already replied to */
  assignedReplied?: number;
  /** 报送信访信息 (条) */
  infoReports?: number;
  /** 集体访 (来访 of 5 people or more) */
  collective?: number;
  /** 越级访 */
  skipLevel?: number;
  /** 重复访 */
  repeat?: number;
}

export interface DisputeStep {
  /** As printed, e.g. "2009年2月5日" or "2月5日". */
  date?: string;
  text: string;
}

export interface DisputeCase {
  id?: string;
  date?: string;
  place?: string;
  parties?: string[];
  category?: string;
  /** 简要情况: what happened. */
  summary: string;
  /** 调处单位 */
  mediators?: string[];
  /** 调处经过, dated steps. */
  steps: DisputeStep[];
  /** 调处结果 / agreement. */
  outcome?: string;
  /** 涉及金额, 元 */
  amount?: number;
  /** 已化解 / 正在化解 / 未化解 */
  status?: string;
  /** 包案领导 */
  leader?: string;
}

export interface DisputeFigures {
  /** 排查 */
  found?: number;
  /** 化解 */
  resolved?: number;
  /** 正在化解 */
  inProgress?: number;
  /** 未化解 (排查 = 化解 + 正在化解 + 未化解) */
  unresolved?: number;
  cases: DisputeCase[];
}
