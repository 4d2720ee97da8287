import * as z from 'zod/mini';
import { $constructor, $ZodObjectJIT, util, type $strip, type $strict } from 'zod/v4/core';

/** How a zod class initialises an instance (its `init`, an assertion function in zod's types). */
type Init = (inst: object, def: object) => void;

/**
 * zod/mini's object schema parsed by zod's compiled object parser (`$ZodObjectJIT`, what classic
 * zod's objects use) instead of the interpreted one that `zod/mini` ships to stay small: the same
 * schema and the same issues, an object parsed about 3 times faster (the proposal schema is
 * mostly objects). Still a `ZodMiniObject` (`instanceof`, `.shape`, `.check`, `.clone`).
 */
const ZodMiniObjectJIT = $constructor('ZodMiniObject', (inst: object, def: object) => {
  ($ZodObjectJIT.init as Init)(inst, def);
  (z.ZodMiniType.init as Init)(inst, def);
  util.installLazyProp(inst, 'shape', (self: z.ZodMiniObject) => self._zod.def.shape, false);
});

/**
 * zod/mini's `z.strictObject(shape)`, compiled: unknown keys are errors.
 *
 * @param shape - The properties' schemas.
 * @returns The object schema.
 * @internal
 */
export function strictObject<T extends z.core.$ZodLooseShape>(
  shape: T,
): z.ZodMiniObject<T, $strict> {
  return new ZodMiniObjectJIT({ type: 'object', shape, catchall: z.never() }) as never;
}

/**
 * zod/mini's `z.object(shape)`, compiled: unknown keys are dropped.
 *
 * @param shape - The properties' schemas.
 * @returns The object schema.
 * @internal
 */
export function object<T extends z.core.$ZodLooseShape>(shape: T): z.ZodMiniObject<T, $strip> {
  return new ZodMiniObjectJIT({ type: 'object', shape }) as never;
}
