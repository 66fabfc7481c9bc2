// office-addin-mock imports only the OfficeApp enum from office-addin-manifest, whose ESM-only
// dependency Jest cannot load; this stub supplies the enum (same values as the package's).
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};
