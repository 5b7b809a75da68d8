def log = new File(basedir, 'build.log').text
assert log.contains('Synth wrote 600 rows into 2 tables')
assert log.contains('Synth wrote the profile of 2 tables')
def profile = new File(basedir, 'target/app-profile.json')
assert profile.isFile()
def json = new groovy.json.JsonSlurper().parse(profile)
assert json.formatVersion == 1
assert json.k == 5
assert json.tables*.name.collect { it.toString().toUpperCase() }.any { it.contains('AUTHOR') }
assert log.contains('Synth wrote 1,200 rows into 2 tables')
