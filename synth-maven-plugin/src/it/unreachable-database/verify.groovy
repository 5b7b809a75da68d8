def log = new File(basedir, 'build.log').text
assert log.contains('cannot reach the database at jdbc:postgresql://127.0.0.1:1/app')
assert !log.contains('not-to-be-printed')
