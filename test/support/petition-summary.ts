/** A 总结 whose 信访 counts are typed as `petitions` (lines under `信访:`), printing them with 插入: 信访统计. */
export const petitionSummary = (petitions: string): string => `类型: 总结
标题: 青山镇2026年上半年信访工作总结
单位: 青山镇
时期: 2026年上半年
章节:
  - 标题: 信访业务
    内容:
      - 插入: 信访统计
信访:
${petitions}
`;
