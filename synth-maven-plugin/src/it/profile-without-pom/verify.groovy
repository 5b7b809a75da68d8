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
assert !profile.text.contains('"privacy"')
def noisy = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/noisy-profile.json'))
assert noisy.privacy.epsilon == 1.0
assert Math.abs(noisy.privacy.spent*.epsilon.sum() - 1.0) < 1e-9
assert log.contains('noise spent epsilon 1.0')
// The noisy profile fills a database too.
assert (log =~ /Synth wrote [0-9,]+ rows into 2 tables/).size() == 3
