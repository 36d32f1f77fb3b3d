/**
 * Types that tie an emulated class to Google's own declaration (`@types/google-apps-script`), so that the emulation's
 * signatures cannot drift from Apps Script's:
 *
 *   export class LocalRange implements Emulates<GoogleAppsScript.Spreadsheet.Range, 'getValues' | 'setValues'> { … }
 *
 * For each method named, the emulated method must accept what Google's accepts (same parameter count and kinds:
 * strings, numbers, booleans, Dates, arrays) and return what Google's returns where that is data. Where Google takes or
 * returns one of its own classes (a Range, a DataValidation …), any emulated object stands in for it: the emulation
 * has its own classes, checked each against Google's in the same way.
 */

/** Data that crosses the boundary as is; anything else that is an object is one of Google's classes. */
type Plain = string | number | boolean | Date | null | undefined | void;

/** Google's enums (EventType, FontWeight …) are numeric enums in the typings; Apps Script's values print as their
 * names, which is how the emulation gives them. */
type Enum<T> = IsNumber<T> extends true ? T : T | string;
/** Exactly `number` (an enum is assignable both ways to number, so a plain `extends` cannot tell them apart). */
type IsNumber<T> = (<X>() => X extends T ? 1 : 2) extends <X>() => X extends number ? 1 : 2 ? true : false;

/** A Google class in a parameter becomes `any` (the emulated class stands in), data stays as Google types it. */
type Arg<T> = T extends number
  ? Enum<T>
  : T extends Plain
    ? T
    : T extends ReadonlyArray<infer E>
      ? Array<Arg<E>>
      : T extends object
        ? // eslint-disable-next-line @typescript-eslint/no-explicit-any
          any
        : T;

/** A Google class as a result becomes "some object" (the emulated one); data results keep Google's type. */
type Result<T> = T extends number
  ? Enum<T>
  : T extends Plain
    ? T
    : T extends ReadonlyArray<infer E>
      ? Array<Result<E>>
      : object;

type Args<A extends unknown[]> = { [I in keyof A]: Arg<A[I]> };

/** The methods K of Google's class G, as the emulated class must offer them. */
export type Emulates<G, K extends keyof G> = {
  [P in K]: G[P] extends (...args: infer A) => infer R ? (...args: Args<A>) => Result<R> : never;
};
