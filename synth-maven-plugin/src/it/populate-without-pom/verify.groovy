def log = new File(basedir, 'build.log').text
assert log.contains('PUBLIC.AUTHOR: 25 rows')
assert log.contains('PUBLIC.BOOK: 25 rows')
assert log.contains('Synth wrote 50 rows into 2 tables with seed 42; replay with -Dsynth.seed=42')
assert new File(basedir, 'target/books.mv.db').isFile()
