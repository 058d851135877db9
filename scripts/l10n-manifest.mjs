// Moves package.json's plain user-facing strings (say, a new command's title) into package.nls.json
// and leaves "%key%" placeholders (VS Code substitutes them, and package.nls.<locale>.json translates).
// Idempotent: strings already "%key%" are left alone.
import fs from 'node:fs';

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const nls = fs.existsSync('package.nls.json') ? JSON.parse(fs.readFileSync('package.nls.json', 'utf8')) : {};
const put = (object, field, key) => {
  const value = object?.[field];
  if (typeof value !== 'string' || /^%.+%$/.test(value)) return;
  nls[key] = value;
  object[field] = `%${key}%`;
};
const slug = (id) => id.replace(/^newslens\./, '');

put(manifest, 'displayName', 'displayName');
put(manifest, 'description', 'description');
const c = manifest.contributes;
for (const command of c.commands) {
  put(command, 'title', `command.${slug(command.command)}.title`);
  put(command, 'shortTitle', `command.${slug(command.command)}.shortTitle`);
}
for (const container of c.viewsContainers.activitybar) put(container, 'title', `viewContainer.${slug(container.id) || 'newslens'}.title`);
for (const view of Object.values(c.views).flat()) {
  put(view, 'name', `view.${slug(view.id)}.name`);
  put(view, 'contextualTitle', `view.${slug(view.id)}.contextualTitle`);
}
c.viewsWelcome.forEach((welcome, i) => put(welcome, 'contents', `viewsWelcome.${slug(welcome.view)}.${i}`));
put(c.configuration, 'title', 'configuration.title');
for (const [key, property] of Object.entries(c.configuration.properties)) {
  put(property, 'description', `config.${slug(key)}.description`);
  put(property, 'markdownDescription', `config.${slug(key)}.markdownDescription`);
  (property.enumDescriptions ?? []).forEach((_, i) => put(property.enumDescriptions, i, `config.${slug(key)}.enumDescriptions.${i}`));
  (property.markdownEnumDescriptions ?? []).forEach((_, i) => put(property.markdownEnumDescriptions, i, `config.${slug(key)}.markdownEnumDescriptions.${i}`));
}
for (const color of c.colors) put(color, 'description', `color.${slug(color.id)}.description`);
for (const walkthrough of c.walkthroughs) {
  put(walkthrough, 'title', `walkthrough.${walkthrough.id}.title`);
  put(walkthrough, 'description', `walkthrough.${walkthrough.id}.description`);
  for (const step of walkthrough.steps) {
    put(step, 'title', `walkthrough.${walkthrough.id}.${step.id}.title`);
    put(step, 'description', `walkthrough.${walkthrough.id}.${step.id}.description`);
  }
}
manifest.l10n = './l10n';
fs.writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');
fs.writeFileSync('package.nls.json', JSON.stringify(nls, null, 2) + '\n');
console.log(`${Object.keys(nls).length} strings in package.nls.json`);
