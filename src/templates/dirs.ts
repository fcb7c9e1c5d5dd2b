/**
 * A project's own templates: this folder, in the record's folder or the working directory.
 * (Its own module so that `gongwen --help`, which names it, does not load the template catalog.)
 */
export const PROJECT_TEMPLATE_DIR = 'gongwen-templates';
