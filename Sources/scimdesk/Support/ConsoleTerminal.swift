import Console
import NcursesTerminal

/// ncurses' terminal already has everything the console loop asks of a terminal.
extension Terminal: TerminalDevice {}
