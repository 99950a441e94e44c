import { builder } from './builder.js';

/**
 * A GraphQL enum from a Prisma enum with a description per value. `satisfies` on each call keeps
 * the descriptions complete: a value added to the Prisma enum fails the type check here.
 */
export function describedEnum<const Value extends string>(
  name: string,
  description: string,
  values: Record<Value, string>,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      Object.entries<string>(values).map(([value, text]) => [value, { description: text }]),
    ) as Record<Value, { description: string }>,
  });
}
