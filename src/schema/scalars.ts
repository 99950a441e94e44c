import { Kind, type ValueNode } from 'graphql';
import { builder } from './builder.js';
import { InputError } from './errors.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw new InputError(`${scalar} must be given as a string`);
  return ast.value;
}

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    throw new InputError('DateTime must be ISO 8601 with an offset, e.g. 2026-05-19T12:00:00+09:00');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InputError(`DateTime "${value}" is not a real instant`);
  return date;
}

function parseDate(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new InputError('Date must be a calendar date YYYY-MM-DD, e.g. 2026-12-01');
  }
  return date;
}

function parseYen(value: unknown): bigint {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === 'string' && /^\d{1,18}$/.test(value)) return BigInt(value);
  throw new InputError('Yen must be a whole, non-negative number of yen as a decimal string, e.g. "380000000"');
}

function parseFiscalYear(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2000 && value <= 2100) return value;
  throw new InputError('FiscalYear must be a year between 2000 and 2100, e.g. 2026 for April 2026 – March 2027');
}

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 with an offset (output is always UTC, e.g. 2026-05-19T03:00:00.000Z).',
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
});

builder.scalarType('Date', {
  description: 'A calendar date without time or zone, YYYY-MM-DD.',
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
});

builder.scalarType('Yen', {
  description:
    'An amount of Japanese yen, a whole number. Sent and returned as a decimal string (e.g. "500000000") ' +
    'so that amounts beyond 2^53 stay exact in JavaScript; input also accepts a safe integer.',
  serialize: (value) => value.toString(),
  parseValue: parseYen,
  parseLiteral: (ast) => parseYen(ast.kind === Kind.INT ? Number(ast.value) : stringLiteral(ast, 'Yen')),
});

builder.scalarType('FiscalYear', {
  description:
    'A Japanese fiscal year, named by the calendar year it starts in: FY2026 runs 2026-04-01 to 2027-03-31.',
  serialize: (value) => value,
  parseValue: parseFiscalYear,
  parseLiteral: (ast) => parseFiscalYear(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});
