/**
 * Running notebooks headless, papermill-style: read → parameterize → execute → check errors →
 * write, each step a small function.
 *
 * @module
 */
export * from "./nbformat.ts";
export * from "./parse_notebook.ts";
export * from "./read_notebook.ts";
export * from "./serialize_notebook.ts";
export * from "./write_notebook.ts";
export * from "./list_parameters.ts";
export * from "./parameterize.ts";
export * from "./find_cell_error.ts";
export * from "./execution_error.ts";
export * from "./volatile_rules.ts";
export * from "./normalize_outputs.ts";
export * from "./output_limits.ts";
export * from "./compare_outputs.ts";
export * from "./format_differences.ts";
export * from "./errors.ts";
export * from "./connect_zmtp.ts";
export * from "./start_kernel.ts";
export * from "./execute_notebook.ts";
export * from "./find_notebooks.ts";
export * from "./run_notebook.ts";
export * from "./check_run_targets.ts";
export * from "./run_notebooks.ts";
export * from "./progress_printer.ts";
export * from "./format_run_summary.ts";
export * from "./register_kernel.ts";
export * from "./terminal_text.ts";
