// electron-builder's configuration: the installers partners run (Windows NSIS, macOS dmg, Linux
// AppImage) around the bundles `npm run build` leaves in out/. Building them downloads Electron
// for each target, so it needs a machine with internet access (see the README).
//
// The fuses are switches compiled into the Electron binary itself, flipped when it is packaged.
// This app holds partners' unpublished figures and signs them with a key of theirs, so nothing
// may run other code with its privileges: no plain-Node mode, no NODE_OPTIONS, no inspector,
// and only the app's own code from its asar archive, checked against the hash in the binary.
// electron/main/packaging.test.ts fails when any of this is loosened.
import type { Configuration } from 'electron-builder'

const config = {
  appId: 'org.masshirehampden.allied-pipeline',
  productName: 'Allied Pipeline',
  copyright: 'MassHire Hampden County Workforce Board',
  directories: { output: 'release', buildResources: 'resources' },
  // The main process and the preload are bundled with their dependencies: node_modules, the
  // sources and the command line's bundle stay out of the installer.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!node_modules/**'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The page comes from app://, never file://.
    grantFileProtocolExtraPrivileges: false,
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  win: { target: ['nsis'], icon: 'resources/icon.ico' },
  nsis: {
    // Managed PCs: installs for the current user, without administrator rights.
    oneClick: true,
    perMachine: false,
    installerIcon: 'resources/icon.ico',
    uninstallerIcon: 'resources/icon.ico',
    // The figures live in the app's data folder: uninstalling or updating never deletes them.
    deleteAppDataOnUninstall: false,
    artifactName: 'Allied-Pipeline-Setup-${version}.${ext}',
  },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: { icon: 'resources/icon.icns', artifactName: 'Allied-Pipeline-${version}.${ext}' },
  linux: {
    target: ['AppImage'],
    icon: 'resources/icon.png',
    category: 'Office',
    artifactName: 'Allied-Pipeline-${version}.${ext}',
  },
} satisfies Configuration

export default config
