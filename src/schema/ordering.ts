import { builder } from './builder.js';

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  values: { ASC: { value: 'asc' }, DESC: { value: 'desc' } } as const,
});

/**
 * An `orderBy: { field, direction }` input (GitHub-style) for one type. Each field maps to
 * Prisma orderBy clauses; the id is always appended as the tiebreaker so pages are stable.
 */
export function orderInput<const Field extends string, OrderBy extends object>(
  typeName: string,
  fields: Record<Field, { description: string; orderBy: (direction: 'asc' | 'desc') => OrderBy[] }>,
  defaultOrder: { field: Field; direction: 'asc' | 'desc' },
) {
  const FieldEnum = builder.enumType(`${typeName}OrderField`, {
    values: Object.fromEntries(
      Object.entries<{ description: string }>(fields).map(([name, f]) => [name, { description: f.description }]),
    ) as Record<Field, { description: string }>,
  });
  const Input = builder.inputType(`${typeName}Order`, {
    description: `Ordering of ${typeName} lists; ties are broken by id.`,
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true }),
      direction: t.field({ type: OrderDirectionEnum, required: true, defaultValue: 'asc' }),
    }),
  });
  return {
    Input,
    toPrisma(order: { field: Field; direction: 'asc' | 'desc' } | null | undefined): (OrderBy | { id: 'asc' | 'desc' })[] {
      const { field, direction } = order ?? defaultOrder;
      return [...fields[field].orderBy(direction), { id: direction }];
    },
  };
}
