/**
 * CardService's enums (https://developers.google.com/apps-script/reference/card-service/card-service#properties). In
 * Apps Script an enum value prints as its name; the emulation gives the names themselves.
 */

function names<T extends string>(...values: T[]): Readonly<Record<T, T>> {
  return Object.freeze(Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>);
}

/** .../card-service/text-button-style: OUTLINED is the default; TEXT is deprecated (drawn as BORDERLESS). */
export const TextButtonStyle = names('OUTLINED', 'TEXT', 'FILLED', 'FILLED_TONAL', 'BORDERLESS');
/** .../card-service/open-as */
export const OpenAs = names('FULL_SIZE', 'OVERLAY');
/** .../card-service/on-close */
export const OnClose = names('NOTHING', 'RELOAD', 'RELOAD_ADD_ON');
/** .../card-service/image-style */
export const ImageStyle = names('SQUARE', 'CIRCLE');
/** .../card-service/load-indicator */
export const LoadIndicator = names('SPINNER', 'NONE');
/** .../card-service/display-style */
export const DisplayStyle = names('PEEK', 'REPLACE');
/** .../card-service/horizontal-alignment */
export const HorizontalAlignment = names('START', 'CENTER', 'END');
/** .../card-service/input-type */
export const InputType = names('TEXT', 'INTEGER', 'FLOAT', 'EMAIL');
/** .../card-service/icon: the predefined icons a DecoratedText or a button may show. */
export const Icon = names(
  'NONE',
  'AIRPLANE',
  'BOOKMARK',
  'BUS',
  'CAR',
  'CLOCK',
  'CONFIRMATION_NUMBER_ICON',
  'DOLLAR',
  'DESCRIPTION',
  'EMAIL',
  'EVENT_PERFORMER',
  'EVENT_SEAT',
  'FLIGHT_ARRIVAL',
  'FLIGHT_DEPARTURE',
  'HOTEL',
  'HOTEL_ROOM_TYPE',
  'INVITE',
  'MAP_PIN',
  'MEMBERSHIP',
  'MULTIPLE_PEOPLE',
  'OFFER',
  'PERSON',
  'PHONE',
  'RESTAURANT_ICON',
  'SHOPPING_CART',
  'STAR',
  'STORE',
  'TICKET',
  'TRAIN',
  'VIDEO_CAMERA',
  'VIDEO_PLAY',
);

/** An enum argument as Apps Script takes it: one of the enum's values, else Google's "Invalid argument". */
export function enumValue<T extends string>(e: Readonly<Record<T, T>>, value: unknown, what: string): T {
  const name = String(value) as T;
  if (!(name in e)) throw new Error(`Invalid argument: ${what}`);
  return name;
}
