import { documented, gas, GAS, workspace } from './reference';

const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas#current_limitations';

describe('PropertiesService', () => {
  documented(`${GAS}properties/properties#getProperty(String)`, 'getProperty of a missing key is null', () => {
    expect(gas(workspace()).PropertiesService.getDocumentProperties().getProperty('missing')).toBeNull();
  });

  documented(`${GAS}properties/properties#setProperty(String,String)`, 'values are stored as strings', () => {
    const props = gas(workspace()).PropertiesService.getScriptProperties();
    props.setProperty('n', 42 as unknown as string);
    expect(props.getProperty('n')).toBe('42');
    expect(props.getProperties()).toEqual({ n: '42' });
  });

  documented(QUOTAS, 'a value may be 9 KB and no more', () => {
    const props = gas(workspace()).PropertiesService.getDocumentProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(props.getProperty('ok')).toHaveLength(9 * 1024);
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(/Argument too large/);
    expect(props.getProperty('big')).toBeNull();
  });

  documented(QUOTAS, 'a store holds at most 500 KB; a write past it is refused and changes nothing', () => {
    const props = gas(workspace()).PropertiesService.getUserProperties();
    for (let i = 0; i < 55; i++) props.setProperty(`k${String(i).padStart(2, '0')}`, 'x'.repeat(9 * 1024 - 3));
    expect(() => props.setProperty('one-more', 'x'.repeat(9 * 1024))).toThrow(/property storage quota/);
    expect(props.getProperty('one-more')).toBeNull();
    expect(props.getKeys()).toHaveLength(55);
  });

  documented(
    `${GAS}properties/properties#setProperties(Object,Boolean)`,
    'deleteAllOthers keeps only the given',
    () => {
      const props = gas(workspace()).PropertiesService.getScriptProperties();
      props.setProperties({ a: '1', b: '2' });
      props.setProperties({ c: '3' }, true);
      expect(props.getProperties()).toEqual({ c: '3' });
    },
  );
});

describe('PropertiesService and CacheService: per user', () => {
  documented(
    `${GAS}properties/properties-service#getUserProperties()`,
    'user properties belong to the current user: another user of the same script sees none of them',
    () => {
      const ws = workspace();
      const { PropertiesService } = gas(ws);
      PropertiesService.getUserProperties().setProperty('jospar.sidebarLang', 'ru');
      ws.runAs = 'editor@edu.ektu.kz';
      expect(PropertiesService.getUserProperties().getProperty('jospar.sidebarLang')).toBeNull();
      PropertiesService.getUserProperties().setProperty('jospar.sidebarLang', 'en');
      ws.runAs = null;
      expect(PropertiesService.getUserProperties().getProperty('jospar.sidebarLang')).toBe('ru');
      // Document properties are shared by every user of the document.
      PropertiesService.getDocumentProperties().setProperty('k', 'v');
      ws.runAs = 'editor@edu.ektu.kz';
      expect(PropertiesService.getDocumentProperties().getProperty('k')).toBe('v');
    },
  );

  documented(
    `${GAS}cache/cache-service#getUserCache()`,
    'the user cache is the current user’s: another user does not see what was put in it',
    () => {
      const ws = workspace();
      const { CacheService } = gas(ws);
      CacheService.getUserCache()!.put('jospar.progress', '1');
      ws.runAs = 'editor@edu.ektu.kz';
      expect(CacheService.getUserCache()!.get('jospar.progress')).toBeNull();
    },
  );

  documented(
    `${GAS}properties/properties#deleteProperty(String)`,
    'deleteProperty removes one key; deleteAllProperties empties the store',
    () => {
      const props = gas(workspace()).PropertiesService.getDocumentProperties();
      props.setProperties({ a: '1', b: '2' });
      props.deleteProperty('a');
      expect(props.getKeys()).toEqual(['b']);
      props.deleteAllProperties();
      expect(props.getKeys()).toEqual([]);
    },
  );
});
