# Build the Windows workstation build (one folder, like the Linux one):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# NOT built or tested by this project yet: no Windows machine is available to it. Known
# obstacle: sqlcipher3-binary (the workstation's encrypted cache) publishes no Windows
# wheel, so the install step below stops there until sqlcipher3 is built from source
# (see README, "Installing on workstations").
# Needs Python 3.11 from python.org (the py launcher) and git, in a checkout of the commit
# to build. Out: build\workstation\dist\callhandler\ with callhandler.exe (console: the
# subcommands) and callhandler-window.exe (no console: the Start-menu shortcut's target).
$ErrorActionPreference = "Stop"
function Invoke-Checked {
    # A failing program stops the build (PowerShell 5.1 would go on). A simple function,
    # not an advanced one, so "-m" and "-c" reach the program instead of PowerShell.
    $program, $rest = $args
    & $program @rest
    if ($LASTEXITCODE -ne 0) { throw "$program $rest failed ($LASTEXITCODE)" }
}
Set-Location (Join-Path $PSScriptRoot "..\..")
$out = "build\workstation"
$python = "$out\venv\Scripts\python.exe"

if (-not (Test-Path $python)) { Invoke-Checked py -3.11 -m venv "$out\venv" }
Invoke-Checked $python -m pip install --upgrade "pip>=24"
Invoke-Checked $python -m pip install -c constraints.txt setuptools wheel
Remove-Item -Recurse -Force "$out\wheel", "$out\dist", "$out\work" -ErrorAction SilentlyContinue
Invoke-Checked $python -m pip wheel --no-deps --no-build-isolation -w "$out\wheel" .
$wheel = (Get-ChildItem "$out\wheel\callhandler-*.whl" | Select-Object -First 1).FullName
Invoke-Checked $python -m pip install -c constraints.txt "$wheel[build]"
Invoke-Checked $python -m pip install --force-reinstall --no-deps $wheel
Invoke-Checked $python scripts\render_icon.py "$out\icons"
$env:CALLHANDLER_ICONS = (Resolve-Path "$out\icons").Path
Invoke-Checked "$out\venv\Scripts\pyinstaller.exe" --noconfirm --clean --distpath "$out\dist" `
    --workpath "$out\work" packaging\callhandler.spec
Invoke-Checked "$out\dist\callhandler\callhandler.exe" --version
Compress-Archive -Force -Path "$out\dist\callhandler" -DestinationPath "$out\callhandler-windows.zip"
