-- Drives a headless Neovim (0.7 or later) against `macroplan lsp --stdio`, the way a user's
-- configuration from docs/editors.md does, and writes what happened as JSON to $MACROPLAN_OUT.
-- Started by test/lsp/neovim.test.ts:
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/nvim/lsp.lua'
local root = os.getenv('MACROPLAN_ROOT')
local plan = root .. '/docs/plans/routing-macro-plan.md'
local out = {}

local function finish()
  local f = io.open(os.getenv('MACROPLAN_OUT'), 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  out.nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor)
  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local buf = vim.api.nvim_get_current_buf()

  -- The configuration of docs/editors.md (Neovim 0.7: vim.lsp.start_client + buf_attach_client).
  local client_id = vim.lsp.start_client({
    name = 'macroplan',
    cmd = { 'node', os.getenv('MACROPLAN_BIN'), 'lsp', '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  })
  vim.lsp.buf_attach_client(buf, client_id)

  -- Diagnostics arrive.
  out.diagnostics_arrived = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out.diagnostics, { line = d.lnum + 1, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
  end

  local function find(needle)
    for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      local s = l:find(needle, 1, true)
      if s then return i, s - 1 end
    end
    error('not in the plan: ' .. needle)
  end
  local function request(method, params)
    local res = vim.lsp.buf_request_sync(buf, method, params, 20000)
    local r = res and res[client_id]
    if not r then error(method .. ': no answer') end
    if r.err then error(method .. ': ' .. vim.inspect(r.err)) end
    return r.result
  end

  -- Hover on a citation shows the Go code.
  local line, col = find('sim/routing/policy.go:9-13')
  vim.api.nvim_win_set_cursor(0, { line, col + 3 })
  local hover = request('textDocument/hover', vim.lsp.util.make_position_params())
  local md = hover and hover.contents
  out.hover = type(md) == 'table' and (md.value or vim.inspect(md)) or tostring(md)

  -- Go to definition lands on the cited line.
  local def = request('textDocument/definition', vim.lsp.util.make_position_params())
  local loc = def[1] or def
  vim.lsp.util.jump_to_location(loc, 'utf-16')
  out.definition = { file = vim.api.nvim_buf_get_name(0), line = vim.api.nvim_win_get_cursor(0)[1] }
  vim.cmd('buffer ' .. buf)

  -- A code action applies: the moved NewRoutingPolicy citation (MP004) follows the code.
  line, col = find('sim/routing/policy.go:20-24')
  vim.api.nvim_win_set_cursor(0, { line, col })
  local params = vim.lsp.util.make_range_params()
  -- What vim.lsp.buf.code_action() sends in 0.7: the line's diagnostics back in LSP form.
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, line - 1) }
  local actions = request('textDocument/codeAction', params) or {}
  out.actions = {}
  local chosen
  for _, a in ipairs(actions) do
    table.insert(out.actions, a.title)
    if not chosen and a.edit and a.title:find('43%-50') then chosen = a end
  end
  if chosen then
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    out.applied = chosen.title
  end
  out.line_after = vim.api.nvim_buf_get_lines(buf, line - 1, line, false)[1]
  -- The server re-checks the edited text: MP004 is gone from that line.
  out.mp004_cleared = vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(buf, { lnum = line - 1 })) do
      if (d.code or '') == 'MP004' then return false end
    end
    return true
  end, 50)

  vim.lsp.stop_client(client_id)
end)
if not ok then out.error = tostring(err) end
finish()
