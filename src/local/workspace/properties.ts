import type { Emulates } from './conforms';
import type { CallCounter, Emulated } from './counter';

/** Limits documented for PropertiesService: 9 KB a value, 500 KB a store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class LocalProperties
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Properties.Properties,
      | 'getProperty'
      | 'getProperties'
      | 'getKeys'
      | 'setProperty'
      | 'setProperties'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  readonly gasClass = 'Properties';
  readonly gasService = 'properties' as const;
  constructor(
    readonly _data: Map<string, string>,
    private readonly counter: CallCounter,
  ) {}
  getProperty(key: string): string | null {
    return this._data.has(key) ? this._data.get(key)! : null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._data);
  }
  getKeys(): string[] {
    return [...this._data.keys()];
  }
  setProperty(key: string, value: string): this {
    return this.setProperties({ [key]: value });
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): this {
    const next = new Map(deleteAllOthers ? [] : this._data);
    for (const [k, v] of Object.entries(props)) {
      const value = String(v);
      if (byteLength(value) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      next.set(String(k), value);
    }
    let total = 0;
    for (const [k, v] of next) total += byteLength(k) + byteLength(v);
    if (total > PROPERTY_STORE_LIMIT)
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    this.counter.write('properties', 'setProperties', () => {
      this._data.clear();
      for (const [k, v] of next) this._data.set(k, v);
    });
    return this;
  }
  deleteProperty(key: string): this {
    this.counter.write('properties', 'deleteProperty', () => this._data.delete(key));
    return this;
  }
  deleteAllProperties(): this {
    this.counter.write('properties', 'deleteAllProperties', () => this._data.clear());
    return this;
  }
}

export class LocalPropertiesService
  implements
    Emulated,
    Emulates<
      GoogleAppsScript.Properties.PropertiesService,
      'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'
    >
{
  readonly gasClass = 'PropertiesService';
  readonly gasService = 'properties' as const;
  /** `user` is asked each time: user properties belong to whoever runs the call (an editor, a trigger's owner). */
  constructor(
    private readonly stores: {
      script: LocalProperties;
      /** null for a script running in no document: getDocumentProperties then returns null, as Apps Script's does. */
      document: LocalProperties | null | (() => LocalProperties | null);
      user: () => LocalProperties;
    },
  ) {}
  getScriptProperties(): LocalProperties {
    return this.stores.script;
  }
  getDocumentProperties(): LocalProperties {
    const d = this.stores.document;
    return (typeof d === 'function' ? d() : d) as LocalProperties;
  }
  getUserProperties(): LocalProperties {
    return this.stores.user();
  }
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
