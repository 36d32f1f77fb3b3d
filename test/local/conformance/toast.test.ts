import { documented, gas, GAS, workspace } from './reference';

describe('Spreadsheet.toast', () => {
  documented(
    `${GAS}spreadsheet/spreadsheet#toast(String,String,Number)`,
    'toast(msg, title, timeoutSeconds) shows a popup with the given message and title in the spreadsheet',
    () => {
      const ws = workspace();
      gas(ws).SpreadsheetApp.getActive().toast('Орындалуда: 40 / 155', 'Jospar', 5);
      expect(ws.spreadsheet._toasts).toEqual([{ message: 'Орындалуда: 40 / 155', title: 'Jospar' }]);
    },
  );
});
