-- The most expensive kind of GraphQL request the cost limit allows (150 models with every score and its source:
-- cost 41,700 of 50,000 on the bundled data), POSTed in a loop by expensive-query.sh.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = '{"query":"{ models(first: 150, sort: {field: NAME, direction: ASC}) { totalCount items { slug name lab { name } scores { value setting sourceUrl source date benchmark { slug } } } } }"}'

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body:sub(1, 200) .. "\n")
  end
end
