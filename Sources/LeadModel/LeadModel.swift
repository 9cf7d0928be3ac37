public enum LeadModelVersion { public static let catalogPaths = 209 }
