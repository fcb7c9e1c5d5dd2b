/** The head of a village's 纪要 as its secretary types it, and the lines after it: the record several review tests type. */
export const villageMinutes = (more: string[]): string[] => [
  '类型: 纪要',
  '标题: 石门村两委会议纪要',
  '日期: 2026年11月30日',
  '地点: 村委会议室',
  '主持人: 村支书 周桂兰',
  '会议名称: 村两委会议',
  ...more,
];
