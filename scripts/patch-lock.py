# npm's registry mirror here lacks some platform-only optional packages; `npm install` then leaves
# them out of package-lock.json and `npm ci` refuses the lock. Record them as optional entries
# whose os/cpu/libc never match this platform, so npm ci accepts the lock and skips them.
import json,re,sys
lock=json.load(open('package-lock.json'))
pk=lock['packages']
added=0
for path,meta in list(pk.items()):
    for dep,ver in (meta.get('optionalDependencies') or {}).items():
        key='node_modules/'+dep
        if key in pk: continue
        name=dep.split('/')[-1]
        oses=['android','darwin','win32','freebsd','openharmony','linux']
        os_=next((o for o in oses if o in name),'unknown')
        cpu=next((c for c in ['arm64','x64','ia32','arm','ppc64','riscv64','s390x'] if re.search(r'-'+c+r'(\b|-)',name)),'unknown')
        entry={'version':ver,'dev':meta.get('dev',False) or True,'optional':True,'os':[os_],'cpu':[cpu]}
        if 'musl' in name: entry['libc']=['musl']
        pk[key]=entry; added+=1
json.dump(lock,open('package-lock.json','w'),indent=2); open('package-lock.json','a').write('\n')
print('added',added)
