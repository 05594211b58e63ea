// Builds the Excel add-in: the task pane, the ribbon command file, the icons and the manifest.
const path = require("node:path");
const zlib = require("node:zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { Compilation, WebpackError, sources } = require("webpack");
const { BUILD_INFO_FILE, DEV_BASE_URL, productionBaseUrl, rewriteManifest } = require("./scripts/manifest-url");

const DEV_PORT = 3000;
const TASKPANE_GZIP_BUDGET_BYTES = 350 * 1024;

/**
 * office-addin-dev-certs gives a certificate Office trusts; without it the dev server makes
 * its own self-signed one, which the browser or Office must be told to accept once.
 */
async function devServerHttps() {
  let devCerts;
  try {
    require.resolve("office-addin-dev-certs");
    devCerts = require("office-addin-dev-certs");
  } catch {
    console.warn("office-addin-dev-certs is not installed; serving https with a self-signed certificate.");
    return "https";
  }
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    console.warn(`office-addin-dev-certs failed (${error.message}); serving https with a self-signed certificate.`);
    return "https";
  }
}

function formatKiB(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Reports the gzipped size of an entry's initial JavaScript and fails the build over budget. */
class GzipEntrySizePlugin {
  constructor(entryName, budgetBytes) {
    this.entryName = entryName;
    this.budgetBytes = budgetBytes;
  }

  apply(compiler) {
    const name = GzipEntrySizePlugin.name;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // Measured while sources are in memory: after emit webpack keeps only their sizes.
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entrypoint = compilation.entrypoints.get(this.entryName);
        if (entrypoint === undefined) {
          compilation.errors.push(new WebpackError(`${name}: no entry named "${this.entryName}"`));
          return;
        }
        const files = [...entrypoint.getFiles()].filter((file) => file.endsWith(".js"));
        const sizes = files.map((file) => {
          const buffer = compilation.getAsset(file).source.buffer();
          return { file, raw: buffer.length, gzip: zlib.gzipSync(buffer, { level: 9 }).length };
        });
        const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
        const lines = sizes.map((s) => `  ${s.file}: ${formatKiB(s.raw)} raw, ${formatKiB(s.gzip)} gzipped`);
        console.log(
          [
            `${this.entryName}: initial JS ${formatKiB(total)} gzipped (budget ${formatKiB(this.budgetBytes)})`,
            ...lines,
          ].join("\n"),
        );
        if (total > this.budgetBytes) {
          compilation.errors.push(
            new WebpackError(
              `${this.entryName}: initial JS is ${formatKiB(total)} gzipped, over the ${formatKiB(this.budgetBytes)} budget`,
            ),
          );
        }
      });
    });
  }
}

/**
 * Records the build's mode and base URL next to the manifest, so that `npm run validate` can tell
 * a development build (localhost allowed) from a production one (localhost is a mistake).
 */
class BuildInfoPlugin {
  constructor(info) {
    this.info = info;
  }

  apply(compiler) {
    const name = BuildInfoPlugin.name;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(BUILD_INFO_FILE, new sources.RawSource(`${JSON.stringify(this.info, null, 2)}\n`));
      });
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const baseUrl = env.url === undefined ? DEV_BASE_URL : productionBaseUrl(env.url);
  if (production && baseUrl === DEV_BASE_URL) {
    console.warn(`No --env url=… given: dist/manifest.xml still points at ${DEV_BASE_URL}`);
  }

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the task pane's Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.web.json") },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (baseUrl === DEV_BASE_URL ? content : rewriteManifest(content.toString("utf8"), baseUrl)),
          },
        ],
      }),
      new BuildInfoPlugin({ mode: production ? "production" : "development", baseUrl }),
      ...(production ? [new GzipEntrySizePlugin("taskpane", TASKPANE_GZIP_BUDGET_BYTES)] : []),
    ],
    // Webpack's own hints measure uncompressed assets; the gzip budget above is the one that matters.
    performance: { hints: false },
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost",
          port: DEV_PORT,
          server: await devServerHttps(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
        }
      : undefined,
  };
};
