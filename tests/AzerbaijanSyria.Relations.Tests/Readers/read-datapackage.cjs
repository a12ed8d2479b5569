// Reads a Data Package with frictionless's JavaScript reader (npm "datapackage"), as a data user's
// tool would: the descriptor is checked against the reader's profile, and every row of every
// resource is cast to its field's type and checked against its constraints and foreign keys.
// Prints one JSON object: {"valid": bool, "errors": [...], "rows": {"resource": count}}.
// Usage: node read-datapackage.cjs --modules DIR --package DIR/datapackage.json
const path = require('path');
const args = process.argv.slice(2);
const option = (name) => args[args.indexOf(name) + 1];
const { Package } = require(path.join(option('--modules'), 'node_modules', 'datapackage'));

(async () => {
  const report = { valid: true, errors: [], rows: {} };
  try {
    const dataPackage = await Package.load(option('--package'));
    if (!dataPackage.valid) {
      report.valid = false;
      report.errors.push(...dataPackage.errors.map((e) => `descriptor: ${e.message}`));
    }
    for (const resource of dataPackage.resources) {
      try {
        const rows = await resource.read({ cast: true, relations: true });
        report.rows[resource.name] = rows.length;
      } catch (error) {
        report.valid = false;
        const details = (error.errors || []).slice(0, 5).map((e) => e.message).join('; ');
        report.errors.push(`${resource.name}: ${error.message}${details ? ` (${details})` : ''}`);
      }
    }
  } catch (error) {
    report.valid = false;
    report.errors.push(`package: ${error.message}`);
  }
  console.log(JSON.stringify(report));
})();
