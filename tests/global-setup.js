// The command tests run the built `papi` as a user would; build it from the current sources first.
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = () => {
  execFileSync(process.execPath, [join(__dirname, "..", "scripts", "build-cli.mjs")], { stdio: "inherit" });
};
