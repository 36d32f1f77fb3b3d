/**
 * What remains to be done on Google's side for each deployment, numbered: printed by `jospar doctor` and by the
 * `npm run google:*` commands after their terminal steps. Terminal steps say the command; browser steps say where to
 * click. docs/admin.md explains each step and why.
 */
import { SCOPE } from './scope-map';

export type Deployment = 'bound' | 'addon';

export interface GoogleStep {
  where: 'terminal' | 'browser';
  text: string;
}

const API_STEP: GoogleStep = {
  where: 'browser',
  text:
    'Turn on the Apps Script API for the Google account that will own Jospar (best a departmental account, not a ' +
    "person's): https://script.google.com/home/usersettings → Google Apps Script API → On.",
};
const LOGIN_STEP: GoogleStep = {
  where: 'terminal',
  text: 'npx clasp login — a browser opens: sign in with that account (its token stays in ~/.clasprc.json).',
};
const cloudStep = (apis: string[]): GoogleStep => ({
  where: 'browser',
  text:
    'A standard Google Cloud project (https://console.cloud.google.com/projectcreate, in the university ' +
    `organisation): APIs & Services → enable ${apis.join(', ')} (or in a terminal: gcloud services enable ` +
    `${apis.map(apiId).join(' ')} --project PROJECT_ID); OAuth consent screen → User type: Internal, app name ` +
    'Jospar, support email. Then the script editor (npx clasp open-script) → Project Settings → Google Cloud ' +
    'Platform (GCP) Project → Change project → the project NUMBER.',
});

function apiId(name: string): string {
  const ids: Record<string, string> = {
    'Google Calendar API': 'calendar-json.googleapis.com',
    'Google Docs API': 'docs.googleapis.com',
    'Google Drive API': 'drive.googleapis.com',
    'Google Workspace Marketplace SDK': 'appsmarket-component.googleapis.com',
  };
  return ids[name] ?? name;
}

const APIS = ['Google Calendar API', 'Google Docs API', 'Google Drive API'];

/** Every step of a deployment from a fresh clone, in order. */
export function deploymentSteps(kind: Deployment, scopes: string[] = []): GoogleStep[] {
  const listed = scopes.map((s) => s.replace(SCOPE, '')).join(', ');
  if (kind === 'bound')
    return [
      API_STEP,
      LOGIN_STEP,
      {
        where: 'terminal',
        text:
          'npm run google:bound — makes a new spreadsheet "Jospar" with the script bound to it and pushes the ' +
          'built add-on; prints the spreadsheet and script links.',
      },
      cloudStep(APIS),
      {
        where: 'browser',
        text:
          'Open the spreadsheet, reload it: the Jospar menu appears. Jospar → Жоспарды орнату (Set up plan), ' +
          `and allow the scopes (${listed || 'see jospar doctor'}).`,
      },
      {
        where: 'browser',
        text:
          "Share the spreadsheet with the department (editors). Fill in the Roles sheet's emails and check " +
          'Settings, then Jospar → «Кесте бойынша жұмысты қосу» (Turn on the schedule) as the account that should own it.',
      },
    ];
  return [
    API_STEP,
    LOGIN_STEP,
    {
      where: 'terminal',
      text:
        'npm run google:addon — makes a standalone Apps Script project "Jospar", pushes the built add-on and ' +
        'makes version 1; prints the script id and the version.',
    },
    cloudStep([...APIS, 'Google Workspace Marketplace SDK']),
    {
      where: 'browser',
      text:
        'Google Workspace Marketplace SDK (in that Cloud project) → App Configuration: visibility Private, ' +
        'installation Admin only, App integration: Sheets add-on with the script id and the version number, ' +
        `OAuth scopes: ${listed || 'those of appsscript.json (npx jospar doctor lists them)'}; then Store Listing ` +
        '(name, short and long description, 32 and 128 px icons, support and terms links) → Publish.',
    },
    {
      where: 'browser',
      text:
        'Admin console (admin.google.com) → Apps → Google Workspace Marketplace apps → Apps list → Add app → ' +
        'Add internal app → Jospar → Admin install → the organisational unit (e.g. the department) → accept the ' +
        'scopes.',
    },
    {
      where: 'browser',
      text:
        "In the department's spreadsheet: Extensions → Jospar → Жоспарды орнату (Set up plan); then the Roles " +
        "sheet's emails, Settings, and «Кесте бойынша жұмысты қосу» (Turn on the schedule) as the account that should own it.",
    },
  ];
}

/** The steps as numbered lines. */
export function formatSteps(steps: GoogleStep[], from = 1): string[] {
  return steps.map((s, i) => `${i + from}. [${s.where}] ${s.text}`);
}

/**
 * The Calendar and Gmail cards: a Workspace add-on, a standalone project of its own pushed from dist/cards/, in the
 * same Cloud project as the Editor add-on so that one Marketplace listing installs both (README: Packaging).
 */
export function cardSteps(scopes: string[]): string[] {
  const listed = scopes.map((s) => s.replace(SCOPE, '')).join(', ');
  return formatSteps([
    {
      where: 'terminal',
      text:
        'cd dist/cards && npx clasp create --type standalone --title "Jospar cards" && npx clasp push — a project ' +
        'of its own (npm run build made dist/cards/); its .clasp.json stays untracked.',
    },
    {
      where: 'browser',
      text:
        'Its script editor → Project Settings → the same Cloud project NUMBER as Jospar; Deploy → New deployment ' +
        '→ Add-on → copy the deployment ID. Project Settings → Script properties → jospar.plans: the spreadsheet ' +
        'id of each plan whose reminders the Gmail card should read (one a line).',
    },
    {
      where: 'browser',
      text:
        'Marketplace SDK → App Configuration → App integration: also Google Workspace add-on, Deploy using Apps ' +
        `Script deployment ID (the one copied); OAuth scopes: add ${listed}; Save, then the admin installs again.`,
    },
  ]);
}
