/** The names a project config file may have (README, Project config file); this module imports nothing, so the command line's entry can name them without loading the config's schema. */
export const CONFIG_FILE_NAMES = ['gongwen.config.yaml', 'gongwen.config.yml'] as const;

/**
 * Whether a file name (not a path) is a config file's: a folder's settings, not a record. Compared
 * without case: on Windows and macOS a `Gongwen.config.yaml` is the config findConfig finds.
 */
export const isConfigFileName = (name: string): boolean => (CONFIG_FILE_NAMES as readonly string[]).includes(name.toLowerCase());
