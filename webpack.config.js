const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const urlDev = 'https://localhost:3000/';

/**
 * Where the production add-in is served: ADDIN_PUBLIC_URL (https, ending in "/"). A production
 * build without it fails rather than ship a manifest pointing at localhost; `--env local` (npm run
 * build:local, used by the tests and the benchmark) builds for https://localhost:3000/ on purpose.
 */
function productionUrl(env) {
  if (env && env.local) return urlDev;
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!url) {
    throw new Error(
      'ADDIN_PUBLIC_URL is not set: set it to where the add-in is served (ADDIN_PUBLIC_URL=https://addin.example.org/ npm run build), or run npm run build:local for https://localhost:3000/.',
    );
  }
  if (!/^https:\/\/[^/\s]+\/(\S*\/)?$/.test(url)) throw new Error(`ADDIN_PUBLIC_URL must be an https URL ending in "/": ${url}`);
  return url;
}

// Scripts only from this origin and Microsoft's office.js CDN; Fluent UI's CSS-in-JS needs inline styles.
const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const BODIES = {
  taskpane: '<div id="root"></div>',
  commands: '',
  dialog:
    '<main style="font-family: Segoe UI, sans-serif; padding: 12px"><h1 id="title" style="font-size: 16px"></h1><p id="message"></p><button id="ok" type="button">OK</button></main>',
};

const html = (body) => `<!doctype html>
<html lang="ro">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <title>Action Plan Report</title>
    <script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
  </head>
  <body>${body}</body>
</html>`;

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    console.warn(`office-addin-dev-certs: ${e.message}; serving with webpack's self-signed certificate instead.`);
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const urlProd = dev ? urlDev : productionUrl(env);
  const page = (name) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, templateContent: html(BODIES[name]), chunks: [name], scriptLoading: 'defer', inject: 'body' });
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/commands/dialog.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', transpileOnly: true } },
        },
      ],
    },
    plugins: [
      page('taskpane'),
      page('commands'),
      page('dialog'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'samples/open-government-2020-s1.xlsx', to: 'sample.xlsx' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : content.toString().replace(new RegExp(urlDev, 'g'), urlProd)),
          },
        ],
      }),
    ],
    // The pages' first scripts in files named for what they hold (the benchmark lists them); the
    // rest in chunks loaded when first used (exceljs, docx, the template engine, later tabs).
    optimization: {
      splitChunks: {
        chunks: 'initial',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 20 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|stylis|rtl-css-js|@swc)[\\/]/, name: 'fluent', priority: 10 },
          defaultVendors: false,
          default: false,
        },
      },
    },
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: dev ? { type: 'https', options: await httpsOptions() } : 'https',
      static: false,
    },
  };
};
