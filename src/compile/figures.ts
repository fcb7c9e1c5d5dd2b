/**
 * The figures a 总结 states live with the statistics that count them (src/stats/figures.ts), so
 * that stats imports nothing of compile; compile's modules import them from here.
 */
export type { DisputeCase, DisputeFigures, DisputeStep, PetitionFigures } from '../stats/figures.js';
