/// An error of geokg's own: its description is a complete message for the user, naming what is at fault (the
/// file and line, the store, the name), so the command line prints it as it is and exits with status 1.
///
/// Every module's error types conform; errors that do not (from Foundation, the argument parser) take the
/// command line's other routes.
public protocol GeoKGError: Error, CustomStringConvertible {}
