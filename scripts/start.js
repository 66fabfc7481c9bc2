// npm start: checks the bundled sample (the main job, in the terminal), then serves the add-in
// over https on port 3000 and says how to open it in Excel or as a standalone page.
'use strict';
const { spawn, spawnSync } = require('child_process');
const { join } = require('path');

const root = join(__dirname, '..');
const sample = join(root, 'samples', 'open-government-2020-s1.xlsx');
spawnSync(process.execPath, [join(root, 'bin', 'action-plan-report.js'), 'check', sample], { stdio: 'inherit' });
spawnSync(process.execPath, [join(root, 'bin', 'action-plan-report.js'), 'report', sample, '--narrative-only'], { stdio: 'inherit' });

console.log(`
The add-in is being served at https://localhost:3000/

  Standalone (any browser, no Excel):  https://localhost:3000/taskpane.html   (opens the sample; drop your .xlsx)
  Excel on the web:  Insert > Add-ins > Upload My Add-in > choose manifest.xml from this folder
  Excel desktop:     npx office-addin-debugging start manifest.xml
                     (not a project dependency: it needs the native keytar module)
  Then: Home tab > Action plan > Validate (pane) or Generate report (one click).
`);
const server = spawn(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'], { cwd: root, stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
