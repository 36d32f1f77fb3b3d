/**
 * What a Google Workspace add-on (the Calendar and Gmail cards) meets in the local Workspace, against Google's
 * reference: the event objects its triggers receive, GmailApp with the current message's access token, a spreadsheet
 * opened by id (and who may open and edit it), and the services that exist only in a document (null in Calendar and
 * Gmail).
 */
import { calendarEvent, gmailEvent, homepageEvent } from '../../../src/local/workspace/addon-events';
import { mailboxOf } from '../../../src/local/workspace/gmail';
import { documented, GAS, workspace } from './reference';

const EVENTS = 'https://developers.google.com/workspace/add-ons/concepts/event-objects';
const GMAIL = `${GAS}gmail/gmail-app`;
const MESSAGE = `${GAS}gmail/gmail-message`;
const SS_APP = `${GAS}spreadsheet/spreadsheet-app`;
const SS = `${GAS}spreadsheet/spreadsheet`;

type CardGas = {
  MailApp: GoogleAppsScript.Mail.MailApp;
  GmailApp: GoogleAppsScript.Gmail.GmailApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Calendar: { Calendars: { insert(r: object): { id: string } }; Events: { insert(r: object, c: string): object } };
};

function setup() {
  const ws = workspace();
  const sheets = ws.globals() as unknown as CardGas & { MailApp: GoogleAppsScript.Mail.MailApp };
  const cards = ws.globals({ project: 'cards' }) as unknown as CardGas;
  return { ws, sheets, cards };
}

describe('Workspace add-on event objects', () => {
  documented(
    `${EVENTS}#calendar_event_object`,
    'an opened event: calendarId, id, organizer; an occurrence has recurringEventId',
    () => {
      const { ws, sheets } = setup();
      const cal = sheets.Calendar.Calendars.insert({ summary: 'Jospar' }).id;
      sheets.Calendar.Events.insert(
        { id: 'single00001', start: { date: '2025-10-20' }, end: { date: '2025-10-21' } },
        cal,
      );
      sheets.Calendar.Events.insert(
        {
          id: 'series00001',
          start: { date: '2025-10-20' },
          end: { date: '2025-10-21' },
          recurrence: ['RRULE:FREQ=MONTHLY;COUNT=3'],
        },
        cal,
      );
      const single = calendarEvent(ws, 'single00001', { locale: 'ru' });
      expect(single.commonEventObject).toMatchObject({ hostApp: 'CALENDAR', platform: 'WEB', userLocale: 'ru' });
      expect(single.commonEventObject.timeZone).toEqual({ id: 'Asia/Almaty', offset: 5 * 3600 * 1000 });
      expect(single.calendar).toEqual({ calendarId: cal, id: 'single00001', organizer: { email: cal } });
      const occurrence = calendarEvent(ws, 'series00001', { date: '2025-11-20' });
      expect(occurrence.calendar).toMatchObject({ id: 'series00001_20251120', recurringEventId: 'series00001' });
      // A guest opens their own copy: the calendar is theirs, the organizer Jospar's calendar.
      const guest = calendarEvent(ws, 'single00001', { from: 'guest', user: 'dean@edu.ektu.kz' });
      expect(guest.calendar).toMatchObject({ calendarId: 'dean@edu.ektu.kz', organizer: { email: cal } });
    },
  );

  documented(`${EVENTS}#common_event_object`, 'a homepage trigger gets the common part only', () => {
    const { ws } = setup();
    const e = homepageEvent(ws, 'GMAIL', 'en');
    expect(Object.keys(e)).toEqual(['commonEventObject']);
    expect(e.commonEventObject.hostApp).toBe('GMAIL');
  });
});

describe('GmailApp for a Gmail add-on', () => {
  function mailed() {
    const s = setup();
    s.sheets.MailApp.sendEmail({ to: 'dean@edu.ektu.kz, head@edu.ektu.kz', subject: 'Plan: (1.07)', body: 'b' });
    s.ws.runAs = 'dean@edu.ektu.kz';
    const e = gmailEvent(s.ws, messageIdFor(s.ws, 'dean@edu.ektu.kz'));
    return { ...s, e };
  }

  documented(`${EVENTS}#gmail_event_object`, 'an opened message: messageId, threadId and an accessToken', () => {
    const { e } = mailed();
    expect(e.commonEventObject.hostApp).toBe('GMAIL');
    expect(Object.keys(e.gmail!).sort()).toEqual(['accessToken', 'messageId', 'threadId']);
    expect(e.gmail!.messageId).toMatch(/^[0-9a-f]{16}$/);
  });

  documented(
    `${GMAIL}#setCurrentMessageAccessToken(String)`,
    'with the current-message scopes, a message is read only after its access token is set',
    () => {
      const { cards, e } = mailed();
      expect(() => cards.GmailApp.getMessageById(e.gmail!.messageId)).toThrow();
      cards.GmailApp.setCurrentMessageAccessToken(e.gmail!.accessToken);
      const m = cards.GmailApp.getMessageById(e.gmail!.messageId);
      expect(m.getSubject()).toBe('Plan: (1.07)');
      expect(m.getId()).toBe(e.gmail!.messageId);
    },
  );

  documented(
    `${MESSAGE}#getHeader(String)`,
    'getHeader gives a header by name, empty where the message has none',
    () => {
      const { cards, e } = mailed();
      cards.GmailApp.setCurrentMessageAccessToken(e.gmail!.accessToken);
      const m = cards.GmailApp.getMessageById(e.gmail!.messageId);
      expect(m.getHeader('Subject')).toBe('Plan: (1.07)');
      expect(m.getHeader('X-Jospar-Items')).toBe('');
    },
  );

  documented(
    `${GAS}mail`,
    'MailApp in the add-on sends on the behalf of the person who runs it: the recipient reads it from them',
    () => {
      const { ws, cards } = setup();
      ws.runAs = 'dean@edu.ektu.kz';
      cards.MailApp.sendEmail('head@edu.ektu.kz', 'Report (1.07)', 'body');
      ws.runAs = 'head@edu.ektu.kz';
      const e = gmailEvent(ws, messageIdFor(ws, 'head@edu.ektu.kz'));
      cards.GmailApp.setCurrentMessageAccessToken(e.gmail!.accessToken);
      expect(cards.GmailApp.getMessageById(e.gmail!.messageId).getFrom()).toBe('dean@edu.ektu.kz');
      expect(ws.mail.sent.map((m) => m.from)).toEqual(['dean@edu.ektu.kz']);
    },
  );

  documented(`${GMAIL}#getMessageById(String)`, 'a token is for one message and one user', () => {
    const { ws, cards, e } = mailed();
    ws.runAs = 'head@edu.ektu.kz';
    cards.GmailApp.setCurrentMessageAccessToken(e.gmail!.accessToken);
    expect(() => cards.GmailApp.getMessageById(e.gmail!.messageId)).toThrow();
  });
});

describe('a spreadsheet outside the document the script runs in', () => {
  documented(
    `${SS_APP}#openById(String)`,
    'openById opens it for its owner, editors and viewers, and no one else',
    () => {
      const { ws, cards } = setup();
      ws.spreadsheet._editors = ['editor@edu.ektu.kz'];
      ws.spreadsheet._viewers = ['viewer@edu.ektu.kz'];
      for (const who of [ws.user, 'editor@edu.ektu.kz', 'viewer@edu.ektu.kz']) {
        ws.runAs = who;
        expect(cards.SpreadsheetApp.openById('local-spreadsheet').getId()).toBe('local-spreadsheet');
      }
      ws.runAs = 'stranger@edu.ektu.kz';
      expect(() => cards.SpreadsheetApp.openById('local-spreadsheet')).toThrow();
      ws.runAs = null;
      expect(() => cards.SpreadsheetApp.openById('no-such-id')).toThrow();
    },
  );

  documented(
    `${SS}#getEditors()`,
    'getEditors lists the owner and the editors, not the viewers; a viewer cannot write',
    () => {
      const { ws, cards } = setup();
      ws.spreadsheet._editors = ['editor@edu.ektu.kz'];
      ws.spreadsheet._viewers = ['viewer@edu.ektu.kz'];
      const ss = cards.SpreadsheetApp.openById('local-spreadsheet');
      expect(ss.getEditors().map((u) => u.getEmail())).toEqual([ws.user, 'editor@edu.ektu.kz']);
      ws.runAs = 'viewer@edu.ektu.kz';
      expect(ss.getSheets()[0].getRange('A1').getValues()).toEqual([['']]);
      expect(() =>
        ss
          .getSheets()[0]
          .getRange('A1')
          .setValues([['x']]),
      ).toThrow();
    },
  );

  documented(`${SS_APP}#getActive()`, 'a script running in Calendar or Gmail has no active spreadsheet', () => {
    const { cards } = setup();
    expect(cards.SpreadsheetApp.getActive()).toBeNull();
  });

  documented(
    `${GAS}properties/properties-service#getDocumentProperties()`,
    'no document properties outside a document; the add-on project keeps its own script properties',
    () => {
      const { sheets, cards } = setup();
      expect(cards.PropertiesService.getDocumentProperties()).toBeNull();
      sheets.PropertiesService.getScriptProperties().setProperty('k', 'sheets');
      expect(cards.PropertiesService.getScriptProperties().getProperty('k')).toBeNull();
    },
  );

  documented(`${GAS}lock/lock-service#getDocumentLock()`, 'no document lock outside a document', () => {
    const { cards } = setup();
    expect(cards.LockService.getDocumentLock()).toBeNull();
    expect(cards.LockService.getScriptLock().tryLock(100)).toBe(true);
  });
});

function messageIdFor(ws: ReturnType<typeof workspace>, user: string): string {
  // The message as it sits in that user's mailbox (each mailbox holds its own copy with its own id).
  return mailboxOf(ws.mail, user)[0].id;
}
