-- sockcheck language server for Neovim 0.11+ (vim.lsp.config / vim.lsp.enable; no plugin needed).
-- Put this file in ~/.config/nvim/lsp/sockcheck.lua and call vim.lsp.enable('sockcheck') from init.lua,
-- or paste both parts into init.lua as they are.
vim.lsp.config('sockcheck', {
  cmd = { 'java', '-jar', vim.fn.expand('~/.local/share/sockcheck/sockcheck.jar'), 'lsp' },
  -- Neovim's names for the file kinds sockcheck reads: pom.xml is xml, requirements*.txt is requirements,
  -- Pipfile and pyproject.toml are toml, compose files are yaml (yaml.docker-compose in newer runtimes).
  filetypes = { 'java', 'xml', 'python', 'requirements', 'toml', 'dockerfile', 'yaml', 'yaml.docker-compose' },
  root_markers = { 'pom.xml', 'pyproject.toml', 'requirements.txt', '.git' },
  -- The same keys as the Maven plugin's parameters; anything left out comes from the pom's plugin configuration.
  init_options = { diagnostics = 'openFiles' },
  settings = { sockcheck = { disabledRules = {} } },
})
vim.lsp.enable('sockcheck')
