// Ribbon commands: the ids here match <FunctionName> in manifest.xml.

function runCheck(event: Office.AddinCommands.Event): void {
  event.completed();
}

void Office.onReady().then(() => {
  Office.actions.associate("runCheck", runCheck);
});
