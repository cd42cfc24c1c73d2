; Inno Setup 6 script: a per-user Windows installer for the PyInstaller folder.
; No administrator rights: it installs into %LOCALAPPDATA%\Programs\ForumGuide, adds a
; Start-menu entry (and, on request, a desktop shortcut) and registers an uninstaller.
; The delegate's bookmarks and notes live in %LOCALAPPDATA%\ForumGuide and are kept.
;
; .github/workflows/build.yml runs it on a Windows runner:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=C:\...\dist\forumguide /DOutputDir=C:\...\dist
;            /DIconFile=C:\...\build\icons\forumguide.ico packaging\windows\forumguide.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\windows\dist\forumguide"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{6871F009-FE20-4A2D-8F3E-4E7E07E5656B}
AppName=ForumGuide
AppVersion={#AppVersion}
AppVerName=ForumGuide {#AppVersion}
AppPublisher=ForumGuide developers
DefaultDirName={autopf}\ForumGuide
DefaultGroupName=ForumGuide
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=forumguide-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=ForumGuide
UninstallDisplayIcon={app}\forumguide.exe
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ForumGuide"; Filename: "{app}\forumguide.exe"; Comment: "Offline guide to forum programmes, speakers and your notes"
Name: "{autodesktop}\ForumGuide"; Filename: "{app}\forumguide.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\forumguide.exe"; Description: "{cm:LaunchProgram,ForumGuide}"; Flags: nowait postinstall skipifsilent
