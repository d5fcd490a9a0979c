import Runtime

/// str: its methods, the format mini-language, str.format, %-formatting, chr, ord, format, ascii.
func registerStringBuiltins(_ builtins: Value) {
}
