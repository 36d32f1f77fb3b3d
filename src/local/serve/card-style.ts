/**
 * The look of a card in the add-on side panel of Calendar and Gmail (300 px wide), after Google's Material 3 cards:
 * Google Sans / Roboto type, a 16 px gutter, sections separated by a hairline, pill-shaped buttons (filled in the
 * primary blue, outlined, tonal, borderless), outlined text fields with the label on the border, a snackbar for
 * notifications and a footer that stays at the bottom. Fonts fall back to what the machine has (DejaVu/Liberation).
 */
export const PANEL_WIDTH = 300;

export const CARD_CSS = `
* { box-sizing: border-box; }
body { margin: 0; background: #f8fafd; font-family: 'Google Sans', Roboto, Arial, 'Liberation Sans', 'DejaVu Sans',
  sans-serif; color: #1f1f1f; display: flex; align-items: flex-start; gap: 24px; }
#panel { width: ${PANEL_WIDTH}px; min-width: ${PANEL_WIDTH}px; min-height: 100vh; background: #fff; position: relative;
  display: flex; flex-direction: column; border-left: 1px solid #e0e0e0; }
.topbar { height: 56px; display: flex; align-items: center; gap: 8px; padding: 0 8px 0 12px; }
.topbar .name { flex: 1; font-size: 16px; line-height: 24px; font-weight: 500; color: #1f1f1f; min-width: 0;
  overflow-wrap: anywhere; }
.icon-btn { width: 40px; height: 40px; border: 0; border-radius: 50%; background: none; font-size: 20px; color: #444746;
  cursor: pointer; }
.icon-btn:hover { background: #f0f4f9; }
.logo { width: 24px; height: 24px; border-radius: 6px; background: #0b57d0; color: #fff; font-size: 14px;
  font-weight: 700; display: flex; align-items: center; justify-content: center; }
.menu { position: relative; }
.menu > summary { list-style: none; }
.menu > summary::-webkit-details-marker { display: none; }
.menu-items { position: absolute; right: 0; top: 40px; background: #fff; border-radius: 4px; z-index: 3; min-width: 180px;
  box-shadow: 0 2px 6px rgba(0,0,0,.15), 0 1px 2px rgba(0,0,0,.3); padding: 8px 0; }
.menu-items button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 8px 16px;
  font: inherit; font-size: 14px; line-height: 20px; color: #1f1f1f; cursor: pointer; white-space: normal; }
.card { flex: 1; padding-bottom: 16px; }
.card-header { display: flex; gap: 16px; align-items: center; padding: 8px 16px 12px; }
.card-header img { width: 40px; height: 40px; object-fit: cover; }
.card-header img.circle { border-radius: 50%; }
.card-title { font-size: 16px; line-height: 24px; font-weight: 400; color: #1f1f1f; overflow-wrap: anywhere; }
.card-subtitle { font-size: 14px; line-height: 20px; color: #444746; overflow-wrap: anywhere; }
.section { padding: 8px 16px; border-top: 1px solid #e0e0e0; }
.card-header + .section, .section:first-child { border-top: 0; }
.section-header { font-size: 14px; line-height: 20px; font-weight: 500; color: #0b57d0; margin: 8px 0 4px;
  overflow-wrap: anywhere; }
.widget { padding: 8px 0; }
.para { font-family: Roboto, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 14px; line-height: 20px;
  color: #1f1f1f; overflow-wrap: anywhere; }
.para a, .dt a { color: #0b57d0; }
.dt { display: flex; gap: 16px; align-items: center; }
.dt.clickable { cursor: pointer; }
.dt-body { flex: 1; min-width: 0; font-family: Roboto, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.dt-icon { width: 24px; min-width: 24px; text-align: center; color: #444746; font-size: 18px; }
.dt-label { font-size: 12px; line-height: 16px; color: #444746; overflow-wrap: anywhere; }
.dt-text { font-size: 14px; line-height: 20px; color: #1f1f1f; overflow-wrap: anywhere; }
.dt-text.nowrap { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; }
.btn { min-height: 40px; max-width: 100%; padding: 10px 24px; border-radius: 20px; font: inherit; font-size: 14px;
  line-height: 20px; font-weight: 500; letter-spacing: .1px; cursor: pointer; white-space: normal; text-align: center;
  overflow-wrap: anywhere; }
.btn.OUTLINED { background: #fff; color: #0b57d0; border: 1px solid #747775; }
.btn.FILLED { background: #0b57d0; color: #fff; border: 0; }
.btn.FILLED_TONAL { background: #c2e7ff; color: #001d35; border: 0; }
.btn.BORDERLESS, .btn.TEXT { background: none; color: #0b57d0; border: 0; padding: 10px 12px; }
.btn:disabled { background: #1f1f1f1f; color: #1f1f1f61; border-color: #1f1f1f1f; cursor: default; }
.field { position: relative; margin-top: 8px; }
.field label { position: absolute; top: -8px; left: 12px; padding: 0 4px; background: #fff; font-size: 12px;
  line-height: 16px; color: #444746; max-width: calc(100% - 24px); overflow-wrap: anywhere; }
.field input, .field textarea { width: 100%; border: 1px solid #747775; border-radius: 4px; padding: 14px 16px;
  font: inherit; font-size: 16px; line-height: 24px; color: #1f1f1f; background: #fff; }
.field textarea { min-height: 88px; resize: vertical; }
.field input:focus, .field textarea:focus { outline: none; border: 2px solid #0b57d0; padding: 13px 15px; }
.hint { font-size: 12px; line-height: 16px; color: #444746; padding: 4px 16px 0; overflow-wrap: anywhere; }
.divider { border: 0; border-top: 1px solid #e0e0e0; margin: 8px 0; }
.image img { width: 100%; display: block; }
details.more > summary { list-style: none; cursor: pointer; color: #0b57d0; font-size: 14px; line-height: 20px;
  font-weight: 500; padding: 8px 0; }
details.more > summary::-webkit-details-marker { display: none; }
details.more[open] > summary .closed, details.more:not([open]) > summary .opened { display: none; }
.footer { position: sticky; bottom: 0; background: #fff; display: flex; flex-wrap: wrap; justify-content: flex-end;
  gap: 8px; padding: 12px 16px; box-shadow: 0 -1px 3px rgba(0,0,0,.15); }
.choices button { display: block; width: 100%; text-align: left; background: none; border: 0;
  border-bottom: 1px solid #e0e0e0; padding: 12px 16px; font: inherit; cursor: pointer; }
.snackbar { position: sticky; bottom: 16px; margin: 8px; padding: 14px 16px; border-radius: 4px; background: #313033;
  color: #f4eff4; font-size: 14px; line-height: 20px; box-shadow: 0 3px 5px rgba(0,0,0,.2); overflow-wrap: anywhere;
  z-index: 2; }
.snackbar.error { background: #b3261e; color: #fff; }
.opened { font-size: 12px; line-height: 16px; padding: 4px 16px; color: #444746; overflow-wrap: anywhere; }
.chooser { padding: 16px; font-size: 14px; max-width: 420px; }
.chooser a { display: block; color: #0b57d0; padding: 4px 0; overflow-wrap: anywhere; }
.chooser a.current { font-weight: 700; }
`;
