export {
  Money,
  money,
  sumMoney,
  minMoney,
  maxMoney,
  splitMoney,
  formatEur,
  MoneyInputSchema,
  NonNegativeMoneyInputSchema,
  MAX_AMOUNT,
  MAX_SPLIT_PARTS,
} from './money.js';
export type { MoneyInput, MoneyParseOptions, RoundingMode, FormatEurOptions } from './money.js';
