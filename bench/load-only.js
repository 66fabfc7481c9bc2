// The floor for the command line: exceljs merely loading the file, in a fresh Node process.
'use strict';
const ExcelJS = require('exceljs');
const wb = new ExcelJS.Workbook();
wb.xlsx.readFile(process.argv[2]).then(() => process.stdout.write(String(wb.worksheets.length)));
